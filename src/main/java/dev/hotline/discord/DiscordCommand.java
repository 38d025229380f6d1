package dev.hotline.discord;

import dev.hotline.chat.ChatService;
import dev.hotline.chat.InMemorySettingsStore;
import dev.hotline.chat.PlaceLifecycle;
import dev.hotline.cli.Services;
import dev.hotline.index.IndexLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hotline discord}: runs the Discord bot until stopped, with the token from {@code DISCORD_TOKEN}. */
@Command(name = "discord", description = "Run Hotline as a Discord bot (token in DISCORD_TOKEN) until stopped.")
public final class DiscordCommand implements Callable<Integer> {
    /** Environment variable holding the bot token. */
    public static final String TOKEN_VARIABLE = "DISCORD_TOKEN";

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: the bundled index, index-data/.index).")
    Path index;

    @Spec
    CommandSpec spec;

    private final Services services;
    private final Clock clock;
    private final Map<String, String> environment;
    private final CountDownLatch stop = new CountDownLatch(1);

    public DiscordCommand(Services services, Clock clock, Map<String, String> environment) {
        this.services = services;
        this.clock = clock;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() throws Exception {
        String token = environment.getOrDefault(TOKEN_VARIABLE, "").strip();
        if (token.isEmpty()) {
            spec.commandLine().getErr().println("hotline: set " + TOKEN_VARIABLE
                    + " to the bot token from the Discord developer portal (see docs/discord.md)");
            return 2;
        }
        DiscordEndpoints endpoints = DiscordEndpoints.fromEnvironment(environment);
        IndexLocation location = index == null ? services.bundledIndex() : new IndexLocation(index);
        try (Services.OpenIndex open = services.open(location)) {
            // Settings live in memory until a lasting store is wired in: a restart forgets them.
            ChatService chat = new ChatService(open.answers(), new InMemorySettingsStore(), PlaceLifecycle.NONE, clock, version());
            DiscordAdapter adapter = new DiscordAdapter(chat, token, endpoints);
            Thread hook = new Thread(stop::countDown, "hotline-discord-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                adapter.start();
                spec.commandLine().getOut().println("hotline: connected to Discord; stop with Ctrl-C");
                spec.commandLine().getOut().flush();
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                adapter.close();
                removeHook(hook);
            }
        }
        return 0;
    }

    /** Lets a running bot stop as Ctrl-C would, for whoever started it in-process. */
    public void stop() {
        stop.countDown();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping: the hook has run or is running.
        }
    }

    private static String version() {
        String version = DiscordCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}

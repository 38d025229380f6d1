package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotline.app.Hotline;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hotline discord}: the token and endpoints from the environment, the bot running until stopped. */
@Timeout(30)
class DiscordCommandTest {

    @Test
    void withoutATokenItSaysWhatToSet() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new DiscordCommand(new Hotline(Clock.systemUTC()), Clock.systemUTC(), Map.of()));
        line.setErr(new PrintWriter(err));

        assertEquals(2, line.execute());
        assertTrue(err.toString().contains("DISCORD_TOKEN"), err.toString());
    }

    @Test
    void runsTheBotOnTheConfiguredEndpointsUntilStopped(@TempDir Path folder) throws Exception {
        try (TestLibrary library = TestLibrary.build(folder); FakeDiscord fake = FakeDiscord.start()) {
            Map<String, String> environment = Map.of(
                    DiscordCommand.TOKEN_VARIABLE, fake.token(),
                    DiscordEndpoints.REST_URL_VARIABLE, fake.restUrl(),
                    DiscordEndpoints.GATEWAY_URL_VARIABLE, fake.gatewayUrl());
            DiscordCommand command = new DiscordCommand(new Hotline(Clock.systemUTC()), Clock.systemUTC(), environment);
            StringWriter out = new StringWriter();
            CommandLine line = new CommandLine(command);
            line.setOut(new PrintWriter(out));
            // Its own thread, as main's: JDA runs callbacks on the common pool, which close() waits for.
            CompletableFuture<Integer> exit = new CompletableFuture<>();
            Thread bot = new Thread(() -> exit.complete(line.execute("--index", library.indexFolder().toString())));
            bot.start();

            fake.awaitRequest("PUT", "/applications/{app}/commands", WAIT);
            DispatchedInteraction sent = fake.dispatchSlashCommand(fake.guild().member(), "ask",
                    CommandOption.string("question", TestLibrary.BORDER_WAR_QUESTION));
            assertTrue(fake.awaitRequest(c -> c.is("PATCH", sent.originalMessagePath()), WAIT)
                    .text("/embeds/0/title").contains("1969"));

            command.stop();
            assertEquals(0, exit.get(20, TimeUnit.SECONDS));
            assertTrue(out.toString().contains("connected to Discord"), out.toString());
            assertFalse(out.toString().contains(fake.token()));
        }
    }
}

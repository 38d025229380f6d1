package dev.hotline.discord;

import static dev.hotline.discord.BotOnFakeDiscord.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotline.chat.ChatService;
import dev.hotline.chat.Platform;
import dev.hotline.daily.DailyScheduler;
import dev.hotline.discord.fake.CommandOption;
import dev.hotline.discord.fake.DispatchedInteraction;
import dev.hotline.discord.fake.FakeDiscord;
import dev.hotline.discord.fake.RestCall;
import dev.hotline.store.Database;
import dev.hotline.store.SqlSubscriptionStore;
import dev.hotline.testing.DailyWiring;
import dev.hotline.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * /daily and the daily posts end to end: the real JDA on the fake Discord, the chat layer and the
 * scheduler wired as ChatRuntime wires them over a SQLite file, and a clock the test moves.
 */
@Timeout(30)
class DiscordDailyTest {
  private static final int EPHEMERAL = 64;
  private static final String POST_ROUTE = "/channels/{channel}/messages";

  /** 08:00 in Berlin (CET) on March 2, a day the test library has events for. */
  private static final Instant START = Instant.parse("2027-03-02T07:00:00Z");

  @TempDir static Path folder;
  static TestLibrary library;

  @TempDir Path dataFolder;
  private MutableClock clock;
  private Database database;
  private SqlSubscriptionStore store;
  private ChatService chat;
  private DailyScheduler scheduler;
  private FakeDiscord fake;
  private DiscordAdapter adapter;

  @BeforeAll
  static void buildIndex() {
    library = TestLibrary.build(folder);
  }

  @AfterAll
  static void closeIndex() throws IOException {
    library.close();
  }

  @BeforeEach
  void start() throws Exception {
    clock = new MutableClock(START);
    DailyWiring wiring = DailyWiring.build(library.answers(), dataFolder, clock);
    database = wiring.database();
    store = wiring.store();
    chat = wiring.chat();
    scheduler = wiring.scheduler();
    fake = FakeDiscord.start();
    adapter =
        new DiscordAdapter(
            chat, fake.token(), DiscordEndpoints.of(fake.restUrl(), fake.gatewayUrl()));
    adapter.start();
    scheduler.register(Platform.DISCORD, adapter.poster());
  }

  @AfterEach
  void stop() {
    adapter.close();
    fake.close();
    database.close();
  }

  @Test
  void aModeratorTurnsDailyPostsOnAndTheDaysEventsArePostedOnceWithTheNonce() {
    RestCall reply = dailyOnAtNineInBerlin(fake.guild().admin());
    assertTrue(
        reply.json().toString().contains("every day at 09:00 Europe/Berlin"), reply.toString());

    clock.set(Instant.parse("2027-03-02T07:59:00Z"));
    assertEquals(0, scheduler.tick().sent(), "not before 09:00 in Berlin");
    clock.set(Instant.parse("2027-03-02T08:00:30Z"));
    assertEquals(1, scheduler.tick().sent());
    clock.set(Instant.parse("2027-03-02T09:00:00Z"));
    assertEquals(0, scheduler.tick().sent(), "once a day");

    List<RestCall> posts = fake.requests().stream().filter(c -> c.is("POST", POST_ROUTE)).toList();
    assertEquals(1, posts.size(), posts.toString());
    RestCall post = posts.get(0);
    assertEquals(textChannelPath(), post.path());
    assertEquals(200, post.status(), post.toString());
    assertEquals("On this day: March 2", post.text("/embeds/0/title"), post.toString());
    assertTrue(post.text("/embeds/0/fields/0/value").contains("Zhenbao"), post.toString());
    long id = store.active().get(0).id();
    assertEquals(id + "-20270302", post.text("/nonce"));
    assertTrue(post.json().path("enforce_nonce").asBoolean(), post.toString());
    DiscordAdapterTest.assertNoMentionAllowed(post.json());
    assertTrue(
        post.json().path("components").isEmpty(), "no Delete button only one person could use");
  }

  @Test
  void aMemberWithoutTheRightIsRefused() {
    RestCall reply = dailyOnAtNineInBerlin(fake.guild().member());

    assertEquals("Moderators only", reply.text("/data/embeds/0/title"), reply.toString());
    assertEquals(EPHEMERAL, reply.json().at("/data/flags").asInt() & EPHEMERAL);
    assertTrue(store.active().isEmpty());
  }

  @Test
  void aDeletedChannelStopsThePostsAndStatusSaysWhy() {
    dailyOnAtNineInBerlin(fake.guild().admin());
    fake.failNext("POST", POST_ROUTE, 1, 404, 10003, "Unknown Channel");

    clock.set(Instant.parse("2027-03-02T08:00:30Z"));
    assertEquals(1, scheduler.tick().gone());
    assertTrue(store.active().isEmpty(), "the subscription is disabled");
    clock.set(Instant.parse("2027-03-03T08:00:30Z"));
    scheduler.tick();
    assertEquals(
        1,
        fake.requests().stream().filter(c -> c.is("POST", POST_ROUTE)).count(),
        "not tried again");

    RestCall status = daily(fake.guild().admin(), CommandOption.subcommand("status"));
    String shown = status.json().toString();
    assertTrue(shown.contains("stopped"), shown);
    assertTrue(shown.contains("10003") && shown.contains("Unknown Channel"), shown);
  }

  @Test
  void dailyIsRegisteredForModeratorsOnlyWithZoneAutocomplete() {
    RestCall registration = fake.awaitRequest("PUT", "/applications/{app}/commands", WAIT);
    var daily =
        registration.json().findParents("name").stream()
            .filter(
                c -> "daily".equals(c.path("name").asText()) && c.has("default_member_permissions"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(registration.toString()));
    assertEquals("32", daily.path("default_member_permissions").asText(), "MANAGE_SERVER");
    assertTrue(
        daily.toString().contains("\"name\":\"timezone\"")
            && daily.toString().contains("\"autocomplete\":true"),
        daily.toString());
  }

  @Test
  void zoneChoicesMatchWhatIsTypedAndAreAtMostTwentyFive() {
    TimeZoneChoices zones = new TimeZoneChoices();
    assertEquals("Europe/Berlin", zones.matching("berl").get(0));
    assertEquals("Europe/Berlin", zones.matching("Europe/Berlin").get(0));
    assertEquals(25, zones.matching("").size());
    assertEquals(25, zones.matching("America/").size());
    assertTrue(zones.matching("new york").contains("America/New_York"));
    assertTrue(zones.matching("Atlantis/Nowhere").isEmpty());
    assertFalse(zones.matching("e").stream().anyMatch(z -> z.startsWith("SystemV/")));
  }

  private RestCall dailyOnAtNineInBerlin(dev.hotline.discord.fake.FakeUser user) {
    return daily(
        user,
        CommandOption.subcommand(
            "on",
            CommandOption.string("time", "09:00"),
            CommandOption.string("timezone", "Europe/Berlin")));
  }

  private RestCall daily(dev.hotline.discord.fake.FakeUser user, CommandOption subcommand) {
    DispatchedInteraction sent = fake.dispatchSlashCommand(user, "daily", subcommand);
    return fake.awaitRequest(c -> c.is("POST", sent.callbackPath()), WAIT);
  }

  private String textChannelPath() {
    return "/channels/" + Long.toUnsignedString(fake.guild().textChannelId()) + "/messages";
  }
}

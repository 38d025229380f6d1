/**
 * A fake Discord on 127.0.0.1 that the real JDA client connects to: a gateway that speaks v10 JSON
 * and a REST API that answers and records the calls JDA makes, so the Discord adapter can be tested
 * without discord.com.
 *
 * <p>Typical use: start a {@link dev.hotline.discord.fake.FakeDiscord}, build JDA against its
 * {@code restUrl()} and {@code gatewayUrl()} with its {@code token()}, wait for JDA to be
 * connected, dispatch an event such as {@code dispatchSlashCommand(...)}, then {@code
 * awaitRequest(...)} the REST call the bot's listener makes and assert on its JSON body. Shut JDA
 * down before closing the fake.
 */
package dev.hotline.discord.fake;

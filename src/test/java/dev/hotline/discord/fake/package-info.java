/**
 * A fake Discord on 127.0.0.1 that the real JDA client connects to: a gateway that speaks v10 JSON
 * and a REST API that answers and records the calls JDA makes, so the Discord adapter can be tested
 * without discord.com.
 */
package dev.hotline.discord.fake;

/**
 * Benchmarks of the Discord adapter, run by hand (never by {@code mvn test}): answers per second
 * through the chat layer and the renderer (JMH), and gateway-event-to-REST-reply latency through
 * the fake Discord. How to run them, and the figures, are in {@code docs/discord.md}.
 */
package dev.hotline.discord.bench;

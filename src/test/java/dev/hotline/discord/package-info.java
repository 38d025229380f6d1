/** Tests of the Discord adapter against the fake Discord in {@code dev.hotline.discord.fake}. */
package dev.hotline.discord;

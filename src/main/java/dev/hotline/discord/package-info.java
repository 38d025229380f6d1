/**
 * Hotline on Discord: {@link dev.hotline.discord.DiscordAdapter} connects through JDA (built by
 * {@link dev.hotline.discord.DiscordConnection}), translates slash commands, buttons, mentions and
 * direct messages into the chat layer's commands, and {@link dev.hotline.discord.DiscordRenderer}
 * turns the replies into messages within Discord's limits. No answering or conversation logic lives
 * here.
 */
package dev.hotline.discord;

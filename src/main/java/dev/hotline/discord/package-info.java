/**
 * Hotline on Discord: {@link dev.hotline.discord.DiscordAdapter} connects through JDA's shard
 * manager (built by {@link dev.hotline.discord.DiscordConnection}) with the gateway shards this
 * process runs, translates slash commands, buttons, mentions and direct messages into the chat
 * layer's commands, and {@link dev.hotline.discord.DiscordRenderer} turns the replies into messages
 * within Discord's limits. Daily posts and daily quizzes to a server on another process's shard go
 * over REST, and so does the edit that shows such a quiz's answer. No answering or conversation
 * logic lives here.
 */
package dev.hotline.discord;

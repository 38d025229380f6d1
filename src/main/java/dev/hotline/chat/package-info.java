/**
 * The platform-neutral chat layer: commands in, replies out, with moderation, cooldowns and answer
 * cards decided once for every adapter.
 */
package dev.hotline.chat;

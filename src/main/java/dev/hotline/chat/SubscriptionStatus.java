package dev.hotline.chat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The daily posts at one place as moderators see them.
 *
 * @param active whether posts are being made; when not, {@code disabledReason} says why Hotline
 *     stopped them, or is empty when a moderator turned them off
 * @param nextPost when the next post is due, in the subscription's zone; empty when not active
 * @param lastPost when the last post was sent, in the subscription's zone
 */
public record SubscriptionStatus(
    LocalTime time,
    ZoneId zone,
    boolean active,
    Optional<String> disabledReason,
    Optional<ZonedDateTime> nextPost,
    Optional<ZonedDateTime> lastPost) {}

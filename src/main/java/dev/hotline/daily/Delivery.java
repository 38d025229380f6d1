package dev.hotline.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One entry of the delivery log: a subscription's post for one local day. */
public record Delivery(
    long subscriptionId,
    LocalDate day,
    DeliveryState state,
    int attempts,
    Optional<Instant> retryAt) {}

package dev.hotline.telegram.fake;

/**
 * One delivery of an update to the bot's webhook, as the fake made it.
 *
 * @param status the HTTP status the bot answered, 0 when it did not answer
 */
public record WebhookAttempt(long updateId, int status) {}

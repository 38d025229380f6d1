/**
 * Daily "on this day" posts: subscriptions per chat place, a scheduler driven by an injected clock
 * that posts each subscription at most once per local day (claiming the day in the database before
 * sending), catches up today's missed post after downtime, paces posts per platform, and rotates
 * the events so a channel does not get last year's. Platforms post through {@link
 * dev.hotline.daily.DayPoster}; storage is behind {@link dev.hotline.daily.SubscriptionStore}.
 */
package dev.hotline.daily;

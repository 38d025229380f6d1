package dev.hotline.discord;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * A listener that reacts to the first event of a type with the test's REST calls, and lets the test
 * wait until those calls completed: JDA parsed the fake's answers, and nothing is in flight at
 * shutdown.
 */
final class OnEvent<T extends GenericEvent> implements EventListener {
  private final Class<T> type;
  private final Function<? super T, ? extends CompletionStage<?>> reaction;
  private final CompletableFuture<T> seen = new CompletableFuture<>();
  private final CompletableFuture<Object> outcome = new CompletableFuture<>();

  /** The reaction returns the completion of its last REST call, e.g. {@code action.submit()}. */
  OnEvent(Class<T> type, Function<? super T, ? extends CompletionStage<?>> reaction) {
    this.type = type;
    this.reaction = reaction;
  }

  /**
   * Answers a slash command the way the adapter does: defer, then edit the reply to {@code content}
   * with no mentions allowed on the edit itself.
   */
  static OnEvent<net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent>
      deferredEdit(String content) {
    return new OnEvent<>(
        net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent.class,
        event -> {
          event.deferReply().queue();
          return event
              .getHook()
              .editOriginal(content)
              .setAllowedMentions(DiscordConnection.noMentions())
              .submit();
        });
  }

  /** Only records the event. */
  static <T extends GenericEvent> OnEvent<T> recording(Class<T> type) {
    return new OnEvent<>(type, event -> CompletableFuture.completedFuture(null));
  }

  @Override
  public void onEvent(GenericEvent event) {
    if (!type.isInstance(event) || seen.isDone()) {
      return;
    }
    T typed = type.cast(event);
    seen.complete(typed);
    try {
      reaction
          .apply(typed)
          .whenComplete(
              (result, failure) -> {
                if (failure == null) {
                  outcome.complete(result);
                } else {
                  outcome.completeExceptionally(failure);
                }
              });
    } catch (RuntimeException | AssertionError e) {
      // JDA would only log it: the test must see it.
      outcome.completeExceptionally(e);
    }
  }

  /**
   * The event, once the reaction's REST calls completed; fails if either never came or a call
   * failed.
   */
  T await(Duration timeout) {
    T event = get(seen, "No " + type.getSimpleName(), timeout);
    get(outcome, "Reacting to " + type.getSimpleName(), timeout);
    return event;
  }

  /** What the reaction's last REST call returned, e.g. the sent {@code Message}. */
  Object outcome(Duration timeout) {
    await(timeout);
    return get(outcome, "Reacting to " + type.getSimpleName(), timeout);
  }

  private static <V> V get(CompletableFuture<V> future, String what, Duration timeout) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(what + ": nothing within " + timeout, e);
    } catch (ExecutionException e) {
      throw new AssertionError(what + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

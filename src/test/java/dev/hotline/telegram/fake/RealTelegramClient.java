package dev.hotline.telegram.fake;

import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The library's own OkHttp client pointed at a fake, so the fake's tests see real requests and
 * parsing.
 */
final class RealTelegramClient implements AutoCloseable {

  private final OkHttpClient http = new OkHttpClient();
  private final TelegramClient client;

  RealTelegramClient(FakeBotApi api) {
    this.client =
        new OkHttpTelegramClient(
            http, api.bot().token(), new TelegramUrl("http", "127.0.0.1", api.port(), false));
  }

  TelegramClient client() {
    return client;
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}

package dev.hotline.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Routes MockWebServer's requests: the gateway path upgrades to a WebSocket, the rest goes to the
 * REST API.
 */
final class FakeDiscordDispatcher extends Dispatcher {
  private final ObjectMapper mapper;
  private final String gatewayPath;
  private final Gateway gateway;
  private final RestCallParser parser;
  private final DiscordRestApi api;
  private final AwaitableLog<RestCall> calls;

  FakeDiscordDispatcher(
      ObjectMapper mapper,
      String gatewayPath,
      Gateway gateway,
      RestCallParser parser,
      DiscordRestApi api,
      AwaitableLog<RestCall> calls) {
    this.mapper = mapper;
    this.gatewayPath = gatewayPath;
    this.gateway = gateway;
    this.parser = parser;
    this.api = api;
    this.calls = calls;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (request.getUrl().encodedPath().equals(gatewayPath)) {
      return new MockResponse.Builder().webSocketUpgrade(gateway.open(request.getUrl())).build();
    }
    RestCall call = parser.parse(request);
    RestAnswer answer;
    try {
      answer = api.answer(call);
    } catch (RuntimeException e) {
      // A bug in the fake shows in the test as a recorded 500, not as a hung client.
      answer = RestAnswer.error(mapper, 500, 0, "Fake Discord failed: " + e);
    }
    calls.add(call.withStatus(answer.status()));
    return answer.toResponse(mapper);
  }
}

package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /bot<token>/<method>}: checks the token, applies a scripted failure or the method's
 * handler, records the call and writes Telegram's {@code {"ok":...}} envelope.
 */
final class BotApiHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(BotApiHandler.class);
  private static final String PREFIX = "/bot";

  private final ObjectMapper json;
  private final RequestParameters requestParameters;
  private final String token;
  private final MethodTable methods;
  private final ScriptedFailures failures;
  private final CallRecorder recorder;

  BotApiHandler(
      ObjectMapper json,
      String token,
      MethodTable methods,
      ScriptedFailures failures,
      CallRecorder recorder) {
    this.json = json;
    this.requestParameters = new RequestParameters(json);
    this.token = token;
    this.methods = methods;
    this.failures = failures;
    this.recorder = recorder;
  }

  private int inFlight;

  /** Waits until no call is being answered, so closing the server does not cut off a reply. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight > 0) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, remaining);
    }
    return true;
  }

  private synchronized void started() {
    inFlight++;
  }

  private synchronized void finished() {
    inFlight--;
    notifyAll();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    started();
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      int slash = path.indexOf('/', PREFIX.length());
      if (!path.startsWith(PREFIX) || slash < 0) {
        write(exchange, failure(ApiFailure.notFound()), ApiFailure.notFound().errorCode());
        return;
      }
      String callToken = path.substring(PREFIX.length(), slash);
      String methodName = path.substring(slash + 1);
      answer(exchange, callToken, methodName);
    } catch (IOException e) {
      // The client hung up, typically a long poll it cancelled; there is no one left to answer.
      LOG.debug("Could not answer {}: {}", exchange.getRequestURI().getPath(), e.toString());
    } finally {
      finished();
    }
  }

  private void answer(HttpExchange exchange, String callToken, String methodName)
      throws IOException {
    Optional<MethodTable.Entry> method = methods.find(methodName);
    String recordedName = method.map(MethodTable.Entry::name).orElse(methodName);
    ObjectNode parameters = json.createObjectNode();
    ObjectNode body;
    int status;
    try {
      parameters = requestParameters.read(exchange);
      body = success(run(callToken, method, recordedName, parameters));
      status = 200;
    } catch (ApiFailureException e) {
      body = failure(e.failure());
      status = e.failure().errorCode();
    } catch (RuntimeException e) {
      LOG.error("Fake Bot API failed on {}", recordedName, e);
      body = failure(new ApiFailure(500, "Internal Server Error: " + e, Map.of()));
      status = 500;
    }
    // Recorded before answering, so a test that got the answer also finds the call.
    recorder.record(new RecordedCall(recordedName, parameters, status, body));
    write(exchange, body, status);
  }

  private JsonNode run(
      String callToken, Optional<MethodTable.Entry> method, String name, ObjectNode parameters) {
    if (!token.equals(callToken)) {
      throw ApiFailure.unauthorized().toException();
    }
    MethodTable.Entry entry = method.orElseThrow(() -> ApiFailure.notFound().toException());
    Optional<ApiFailure> scripted = failures.next(name);
    if (scripted.isPresent()) {
      throw scripted.get().toException();
    }
    return entry.handler().answer(new Params(parameters));
  }

  private ObjectNode success(JsonNode result) {
    ObjectNode body = json.createObjectNode().put("ok", true);
    body.set("result", result);
    return body;
  }

  private ObjectNode failure(ApiFailure failure) {
    ObjectNode body =
        json.createObjectNode()
            .put("ok", false)
            .put("error_code", failure.errorCode())
            .put("description", failure.description());
    if (!failure.parameters().isEmpty()) {
      ObjectNode parameters = body.putObject("parameters");
      failure.parameters().forEach(parameters::put);
    }
    return body;
  }

  private void write(HttpExchange exchange, ObjectNode body, int status) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}

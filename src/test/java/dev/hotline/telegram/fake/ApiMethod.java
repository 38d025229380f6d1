package dev.hotline.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Bot API method: turns parameters into the {@code result}, or throws {@link
 * ApiFailureException}.
 */
@FunctionalInterface
interface ApiMethod {

  JsonNode answer(Params params);
}

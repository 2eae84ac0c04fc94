package org.chronotope.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A bulk action as API clients send it: the events' ids, and either {@code set} (an object with
 * {@code status}, {@code category} and/or {@code verification}) or {@code action} ({@code TRASH}).
 */
public record BulkInput(List<Long> ids, JsonNode set, String action) {}

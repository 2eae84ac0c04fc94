package org.chronotope.embed;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An oEmbed 1.0 answer of type {@code rich}: the iframe that embeds a story, and its size. */
public record OEmbed(
    String version,
    String type,
    String title,
    @JsonProperty("provider_name") String providerName,
    @JsonProperty("provider_url") String providerUrl,
    String html,
    int width,
    int height,
    @JsonProperty("cache_age") int cacheAge) {}

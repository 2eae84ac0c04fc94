package org.chronotope.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A JSON value that is already valid JSON text (a stored GeoJSON geometry), written into a response
 * as it is: a list of a thousand events then neither parses nor re-prints a thousand geometries.
 * Only for text this application wrote and validated itself.
 */
@JsonSerialize(using = RawJson.Writer.class)
@Schema(type = SchemaType.OBJECT, description = "a JSON value, here a GeoJSON geometry")
public record RawJson(String json) {

  public RawJson {
    if (json == null || json.isBlank()) {
      throw new IllegalArgumentException("raw JSON needs a value");
    }
  }

  @Override
  public String toString() {
    return json;
  }

  static final class Writer extends JsonSerializer<RawJson> {
    @Override
    public void serialize(RawJson value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeRawValue(value.json());
    }
  }
}

package org.chronotope.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.chronotope.common.JsonErrors;
import org.chronotope.common.ProblemException;

/**
 * Turns the bytes of an uploaded file into an {@link ImportDocument}: decodes the text, parses JSON
 * or CSV, recognizes the format when none is given, and hands over to that format's reader.
 * Whole-file faults (not JSON, wrong header, wrong format) are 400 problems; faults of single
 * records are left in the document for the report.
 */
final class ImportReader {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ImportReader() {}

  /**
   * The format {@code bytes} are in: {@code format} if given (and checked later), else recognized.
   */
  static ImportFormat formatOf(byte[] bytes, Optional<ImportFormat> format) {
    if (format.isPresent()) {
      return format.get();
    }
    String text = decode(bytes, null);
    String head = text.stripLeading();
    if (head.startsWith("{") || head.startsWith("[")) {
      return FormatGuess.ofJson(parseJson(text))
          .orElseThrow(
              () ->
                  Issue.Reason.FORMAT_NOT_RECOGNIZED.refuse(
                      "format",
                      "this JSON file is not one Chronotope recognizes (TimelineJS, StoryMapJS or GeoJSON); choose its format: "
                          + ImportFormat.keys()));
    }
    return FormatGuess.ofCsvHeader(CsvTable.parse(text).lowerHeader())
        .orElseThrow(
            () ->
                Issue.Reason.FORMAT_NOT_RECOGNIZED.refuse(
                    "format",
                    "this file is neither JSON nor a CSV with a TimelineJS or ACLED header; choose its format: "
                        + ImportFormat.keys()));
  }

  static ImportDocument read(byte[] bytes, ImportFormat format, Undated undatedAs) {
    if (bytes.length == 0) {
      throw Issue.Reason.FILE_EMPTY.refuse("file", "the file is empty");
    }
    ImportDocument doc;
    Issue decoding = null;
    String text = decode(bytes, format);
    if (format.isCsv() && !isUtf8(bytes)) {
      decoding =
          Where.file()
              .issue("the file is not UTF-8; it was read as Windows-1252")
              .because(Issue.Reason.NOT_UTF8);
    }
    doc =
        switch (format) {
          case TIMELINEJS -> TimelineJsReader.read(json(text, format));
          case STORYMAPJS -> StoryMapReader.read(json(text, format), undatedAs);
          case GEOJSON -> GeoJsonReader.read(json(text, format), undatedAs);
          case TIMELINEJS_CSV -> TimelineCsvReader.read(csv(text, format));
          case ACLED -> AcledReader.read(csv(text, format));
        };
    if (decoding != null) {
      doc.notes.add(0, decoding);
    }
    return doc;
  }

  private static JsonNode json(String text, ImportFormat format) {
    String head = text.stripLeading();
    if (!head.startsWith("{") && !head.startsWith("[")) {
      Optional<ImportFormat> csv = Optional.empty();
      try {
        csv = FormatGuess.ofCsvHeader(CsvTable.parse(text).lowerHeader());
      } catch (ProblemException e) {
        // Not CSV either: say only that it is not JSON.
      }
      String start = head.substring(0, Math.min(20, head.length())).replaceAll("\\s+", " ");
      throw FormatGuess.mismatch(
          format,
          csv,
          "it is not JSON (it starts with '" + start + "')",
          Issue.Reason.FILE_NOT_JSON,
          start);
    }
    return parseJson(text);
  }

  private static CsvTable csv(String text, ImportFormat format) {
    String head = text.stripLeading();
    if (head.startsWith("{") || head.startsWith("[")) {
      throw FormatGuess.mismatch(
          format,
          FormatGuess.ofJson(tryJson(text)),
          "this is a JSON file, not a CSV",
          Issue.Reason.FILE_JSON_NOT_CSV);
    }
    return CsvTable.parse(text);
  }

  static JsonNode parseJson(String text) {
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null || root.isMissingNode()) {
        throw Issue.Reason.FILE_EMPTY.refuse("file", "the file is empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      String where = JsonErrors.where(e);
      String reason = e.getOriginalMessage();
      if (reason != null && reason.startsWith("Unexpected end-of-input")) {
        throw Issue.Reason.FILE_JSON_TRUNCATED.refuse(
            "file",
            "not valid JSON" + where + ": the file ends in the middle of the JSON (truncated?)");
      }
      String message = "not valid JSON" + where + ": " + reason;
      throw e.getLocation() == null
          ? Issue.Reason.FILE_JSON_BROKEN.refuse("file", message, "?", "?")
          : Issue.Reason.FILE_JSON_BROKEN.refuse(
              "file",
              message,
              String.valueOf(e.getLocation().getLineNr()),
              String.valueOf(e.getLocation().getColumnNr()));
    }
  }

  private static JsonNode tryJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * UTF-8 (a byte-order mark is skipped); a CSV that is not UTF-8 is read as Windows-1252, as Excel
   * writes it.
   */
  private static String decode(byte[] bytes, ImportFormat format) {
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException e) {
      if (format != null && !format.isCsv()) {
        throw Issue.Reason.FILE_JSON_NOT_UTF8.refuse(
            "file", "the file is not UTF-8 text: JSON files must be UTF-8");
      }
      if (looksBinary(bytes)) {
        throw Issue.Reason.FILE_NOT_TEXT.refuse(
            "file", "this is not a text file: import JSON or CSV");
      }
      return Charset.forName("windows-1252").decode(ByteBuffer.wrap(bytes)).toString();
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}

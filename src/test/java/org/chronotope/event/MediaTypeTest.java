package org.chronotope.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chronotope.event.MediaType.Player;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Media URLs read as what they are, from the URL alone, with players only on the allowed hosts. */
class MediaTypeTest {

  /** Every media entry of the TimelineJS corpus file, by headline: kind, provider, player. */
  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("YouTube Videos", "video YouTube frame");
    EXPECTED.put("Vimeo", "video Vimeo frame");
    EXPECTED.put("DailyMotion", "video Dailymotion frame");
    EXPECTED.put("TikTok", "post TikTok frame");
    EXPECTED.put("Bluesky", "post Bluesky link");
    EXPECTED.put("SoundCloud", "audio SoundCloud frame");
    EXPECTED.put("Twitter", "post X (Twitter) frame");
    EXPECTED.put("Twitter Embed", "post X (Twitter) frame");
    EXPECTED.put("Google Maps, Coordinates", "page Google Maps frame");
    EXPECTED.put("Google Maps, Search", "page Google Maps frame");
    EXPECTED.put("Google Maps, Place Marker", "page Google Maps frame");
    EXPECTED.put("Google Maps, Directions", "page Google Maps frame");
    EXPECTED.put("Google Plus", "image Google Photos image");
    EXPECTED.put("Instagram", "post Instagram frame");
    EXPECTED.put("Instagram, Profile", "post Instagram link");
    EXPECTED.put("Flickr", "image Flickr frame");
    EXPECTED.put("Flickr (alt)", "image Flickr link");
    EXPECTED.put("Document Cloud", "page DocumentCloud frame");
    EXPECTED.put("Image, JPG", "image Wikimedia Commons image");
    EXPECTED.put("Image, GIF", "image Giphy image");
    EXPECTED.put("Image, PNG", "image pngimg.com image");
    EXPECTED.put("Image, JPEG", "image Wikimedia Commons image");
    EXPECTED.put("Google Doc, text document", "page Google Docs frame");
    EXPECTED.put("PNG image on Google Drive", "page Google Drive frame");
    EXPECTED.put("Wikipedia", "page Wikipedia link");
    EXPECTED.put("Spotify, Artist", "audio Spotify frame");
    EXPECTED.put("Spotify, Playlist", "audio Spotify frame");
    EXPECTED.put("Spotify, Track", "audio Spotify frame");
    EXPECTED.put("iFrame", "page cdn.knightlab.com link");
    EXPECTED.put("Blockquote", "quote Quote link");
    EXPECTED.put("Imgur", "image Imgur link");
    EXPECTED.put("PDF", "page localnewsinitiative.northwestern.edu (PDF) link");
    EXPECTED.put("Audio", "audio soundcite.knightlab.com audio");
    EXPECTED.put("Video (mp4)", "video uploads.knightlab.com video");
    EXPECTED.put("Video (webm)", "video file-examples.com video");
    EXPECTED.put("Wistia", "video Wistia frame");
    EXPECTED.put("Wikimedia Images", "image Wikimedia Commons image");
    EXPECTED.put("Wikimedia Commons Image links", "image Wikimedia Commons image");
    EXPECTED.put("Wikimedia Commons Image (intentional error)", "image Wikimedia Commons image");
  }

  @Test
  void everyEntryOfTheTimelineJsMediaFileHasAKindAndAProvider() throws IOException {
    JsonNode events;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("corpus/timelinejs/all-media-types.json")) {
      events = new ObjectMapper().readTree(in).get("events");
    }
    assertEquals(41, events.size());
    for (JsonNode event : events) {
      String headline = event.at("/text/headline").asText();
      String url = event.at("/media/url").asText();
      MediaType type = MediaType.of(url);
      assertNotNull(type.kind(), headline);
      assertFalse(type.provider().isBlank(), headline);
      assertEquals(
          EXPECTED.get(headline),
          type.kind().code() + " " + type.provider() + " " + type.player().code(),
          headline + ": " + url);
      if (type.player() == Player.FRAME) {
        String origin = "https://" + URI.create(type.embedUrl()).getHost();
        assertTrue(MediaType.FRAME_HOSTS.contains(origin), headline + " frames " + type.embedUrl());
      }
      if (type.player() != Player.LINK) {
        assertTrue(type.embedUrl().startsWith("https://"), headline + ": " + type.embedUrl());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s | https://www.youtube-nocookie.com/embed/pi2v1m6gmD8?start=321",
        "https://youtu.be/fSrO91XO1Ck | https://www.youtube-nocookie.com/embed/fSrO91XO1Ck",
        "http://vimeo.com/20839673 | https://player.vimeo.com/video/20839673",
        "http://www.dailymotion.com/video/x2fo0e8_the-history_lifestyle | https://www.dailymotion.com/embed/video/x2fo0e8",
        "https://x.com/yayitsrob/status/1265638281783447552 | https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1265638281783447552",
        "https://play.spotify.com/user/edvard_m/playlist/4xFSdiuP4gpR4wq2OghlOs | https://open.spotify.com/embed/playlist/4xFSdiuP4gpR4wq2OghlOs",
        "spotify:track:5SdB3onMcO9ZBoKrdvCqhR | https://open.spotify.com/embed/track/5SdB3onMcO9ZBoKrdvCqhR",
        "https://www.tiktok.com/@colbertlateshow/video/7611014647642098958?is_from_webapp=1 | https://www.tiktok.com/embed/v2/7611014647642098958",
        "https://bsky.app/profile/did:plc:abc123/post/3mfpmuusv2k2t | https://embed.bsky.app/embed/did:plc:abc123/app.bsky.feed.post/3mfpmuusv2k2t",
        "http://soundcloud.com/artist/track | https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Ftrack",
        "https://www.google.com/maps/place/Northwestern+University/@42.056459,-87.675267,17z/data=!3m1 | https://www.google.com/maps?output=embed&ll=42.056459,-87.675267&z=17&q=Northwestern+University",
        "https://commons.wikimedia.org/wiki/File:Beryl.jpg | https://commons.wikimedia.org/wiki/Special:FilePath/Beryl.jpg?width=1280"
      })
  void providerPlayersAreBuiltFromTheIdOnly(String url, String player) {
    assertEquals(player, MediaType.of(url).embedUrl());
  }

  @Test
  void aPathOrQueryMadeToBreakOutOfThePlayerAddressGivesALink() {
    // Only a plain id reaches the player's address: quotes, slashes, other schemes give a link.
    assertEquals(
        Player.LINK, MediaType.of("https://www.youtube.com/watch?v=%22%3E%3Cscript%3E").player());
    assertEquals(Player.LINK, MediaType.of("https://www.youtube.com/watch?v=../../evil").player());
    assertEquals(
        Player.LINK, MediaType.of("https://evil.example/youtube.com/watch?v=abc").player());
    assertEquals(
        "evil.example", MediaType.of("https://evil.example/youtube.com/watch?v=abc").provider());
    assertEquals(
        Player.LINK, MediaType.of("https://youtube.com.evil.example/watch?v=abc").player());
    assertEquals(Player.LINK, MediaType.of("javascript:alert(1)//x.jpg").player());
    assertNull(MediaType.of("javascript:alert(1)//x.jpg").href());
    assertEquals(Player.LINK, MediaType.of("not a url").player());
  }

  @Test
  void httpAddressesOfKnownProvidersAndFilesAreUpgradedToHttps() {
    MediaType instagram = MediaType.of("http://instagram.com/p/ymwL5JAsw5/");
    assertEquals("https://instagram.com/p/ymwL5JAsw5/", instagram.href());
    assertEquals("https://www.instagram.com/p/ymwL5JAsw5/embed/", instagram.embedUrl());
    MediaType photo = MediaType.of("http://www.germuska.com/salzburg-album/full/2QVB_022.jpg");
    assertEquals(MediaKind.IMAGE, photo.kind());
    assertEquals("https://www.germuska.com/salzburg-album/full/2QVB_022.jpg", photo.embedUrl());
    // An unknown host may not serve https: the link keeps the address as written.
    assertEquals("http://www.germuska.com/salzburg-album/full/2QVB_022.jpg", photo.href());
    assertEquals("https://a.example/x?y=1", MediaType.https("http://a.example/x?y=1"));
  }

  @Test
  void anyOtherAddressIsAPageOfItsHost() {
    MediaType page = MediaType.of("https://www.lemonde.fr/afrique/article/2025/02/01/x.html");
    assertEquals(MediaKind.PAGE, page.kind());
    assertEquals("lemonde.fr", page.provider());
    assertEquals(Player.LINK, page.player());
    assertNull(page.embedUrl());
  }
}

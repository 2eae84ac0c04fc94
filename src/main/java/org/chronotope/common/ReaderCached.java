package org.chronotope.common;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public read (a story page, an embed, a story's events as JSON) whose answer to an
 * anonymous reader is rendered once and then served from memory until any write, on any instance
 * ({@code web.ReaderCache}). The method must answer from its address, query, host and language
 * alone: nothing from a cookie but the language, nothing from the signed-in user (signed-in users
 * and editors are never served from the cache, nor stored in it).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReaderCached {}

package org.chronotope.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a reader may be shown, in a page or an XML feed: no control characters but tab, line feed
 * and carriage return (a form's text areas send CRLF, and XML 1.0 allows all three), no U+FFFE or
 * U+FFFF, no lone surrogate. One such character makes the story's Atom feed unreadable as a whole.
 * A null is valid (other constraints say whether the field is required).
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks one value; the message names the first bad character and where it is. */
  final class Validator implements ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      String problem = problem(value);
      if (problem == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      // Built only from fixed words and a hex code: nothing in it reads as a message template.
      context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
      return false;
    }

    /**
     * Why {@code text} is not plain text, or null when it is (or is null): also for hand-read
     * forms.
     */
    public static String problem(CharSequence text) {
      if (text == null) {
        return null;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return "contains a lone surrogate (U+"
              + hex(c)
              + ") at character "
              + (i + 1)
              + ", which is not text";
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r'
            || c == '\uFFFE'
            || c == '\uFFFF') {
          return "contains the control character U+"
              + hex(c)
              + " at character "
              + (i + 1)
              + "; only tabs and line breaks are allowed";
        }
      }
      return null;
    }

    private static String hex(char c) {
      return String.format("%04X", (int) c);
    }
  }
}

package io.mixdoc.facts;

import io.mixdoc.Span;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number with its magnitude and unit, normalised: {@code 227亿美元} is 22700000000 {@code USD}.
 *
 * <p>Offset contract: {@code [start, end)} are UTF-16 indices into the document text, half-open,
 * covering the number, its magnitude words and its unit as written.
 *
 * @param unit an ISO 4217 currency code, {@code percent}, an SI symbol ({@code km}, {@code t}), or the
 *             counted noun in English ({@code people}, {@code years}); empty when the text gives none
 */
public record Quantity(int start, int end, BigDecimal value, String unit, Approx approx) implements Span {
    public Quantity {
        Span.check(start, end);
        Objects.requireNonNull(value);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(approx);
    }
}

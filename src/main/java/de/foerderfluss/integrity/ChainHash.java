package de.foerderfluss.integrity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical form of a chained entry and its hash. The form starts with the name and
 * version of the record's form (such as {@code audit_entry/1}), then one line per field,
 * {@code name=length:value} with the value's length in UTF-8 bytes, or {@code name=null};
 * the entry's place in its chain ends it ({@code position}, {@code previous}). The hash
 * is the SHA-256 of the form's UTF-8 bytes, in lower-case hex.
 * <p>
 * Values are written as the database keeps them: amounts with two decimals, instants in
 * UTC with exactly six decimals of the second ({@link #stored(Instant)} cuts the rest off
 * before an entry is stored), enums by name. The form of a record never changes; a record
 * that needs another one gets a new version.
 */
public final class ChainHash {

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder form;

	private ChainHash(String name) {
		this.form = new StringBuilder(name);
	}

	/**
	 * Starts the form of a record, named with its version, e.g. {@code ledger_entry/1}.
	 */
	public static ChainHash of(String name) {
		return new ChainHash(name);
	}

	/** The instant as a timestamp column with microseconds keeps it. */
	public static Instant stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	public ChainHash field(String name, String value) {
		this.form.append('\n').append(name).append('=');
		if (value == null) {
			this.form.append("null");
		}
		else {
			this.form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
		}
		return this;
	}

	public ChainHash field(String name, Long value) {
		return field(name, (value != null) ? value.toString() : null);
	}

	public ChainHash field(String name, Enum<?> value) {
		return field(name, (value != null) ? value.name() : null);
	}

	/** An amount with exactly two decimals; one with more is refused. */
	public ChainHash field(String name, BigDecimal amount) {
		if (amount == null) {
			return field(name, (String) null);
		}
		try {
			return field(name, amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("An amount has two decimals: " + amount, ex);
		}
	}

	/**
	 * An instant as stored; one finer than a microsecond is refused, since the database
	 * would keep another value than the one hashed.
	 */
	public ChainHash field(String name, Instant instant) {
		if (instant != null && !instant.equals(stored(instant))) {
			throw new IllegalArgumentException("Store %s as %s before hashing it".formatted(instant, stored(instant)));
		}
		return field(name, (instant != null) ? INSTANT.format(instant) : null);
	}

	/** A list, written as its items, each {@code length:item}, one after the other. */
	public ChainHash field(String name, List<String> items) {
		StringBuilder value = new StringBuilder();
		for (String item : items) {
			value.append(item.getBytes(StandardCharsets.UTF_8).length).append(':').append(item);
		}
		return field(name, value.toString());
	}

	/** The form with the entry's place in its chain. */
	public String canonicalForm(ChainLink link) {
		return new ChainHash(this.form.toString()).field("position", link.position())
			.field("previous", link.previousHash()).form.toString();
	}

	/** The hash of the entry at this place in its chain. */
	public String hash(ChainLink link) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonicalForm(link).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}

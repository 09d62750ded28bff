package de.foerderfluss.integrity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The canonical form is written once and never changes: these tests pin it, so a change
 * that would break every stored hash fails here first.
 */
class ChainHashTest {

	private static final Instant BOOKED = Instant.parse("2026-03-01T09:15:00.123456Z");

	private static final ChainLink SECOND = ChainLink.FIRST.next("a".repeat(64));

	@Test
	void theFormNamesEveryFieldWithItsLengthInBytes() {
		ChainHash form = ChainHash.of("example/1")
			.field("text", "Größe")
			.field("missing", (String) null)
			.field("empty", "")
			.field("number", 42L)
			.field("kind", Thread.State.NEW)
			.field("amount", new BigDecimal("1800.00"))
			.field("at", BOOKED)
			.field("items", List.of("AMOUNT:5.00", "NUMBER:7"));

		assertThat(form.canonicalForm(SECOND)).isEqualTo("""
				example/1
				text=7:Größe
				missing=null
				empty=0:
				number=2:42
				kind=3:NEW
				amount=7:1800.00
				at=27:2026-03-01T09:15:00.123456Z
				items=24:11:AMOUNT:5.008:NUMBER:7
				position=1:2
				previous=64:%s""".formatted("a".repeat(64)));
	}

	@Test
	void theHashIsTheSha256OfTheFormInLowerCaseHex() {
		ChainHash form = ChainHash.of("example/1").field("text", "x");

		// printf 'example/1\ntext=1:x\nposition=1:1\nprevious=null' | sha256sum
		assertThat(form.hash(ChainLink.FIRST))
			.isEqualTo("c429039fcc627d0fa18239e25fd15702a17c530c080491a646e5e10989e1950c");
	}

	@Test
	void instantsAreWrittenInUtcWithSixDecimals() {
		Instant whole = Instant.parse("2026-03-01T09:15:00Z");

		assertThat(ChainHash.of("t").field("at", whole).canonicalForm(ChainLink.FIRST))
			.contains("at=27:2026-03-01T09:15:00.000000Z");
	}

	@Test
	void anInstantFinerThanAMicrosecondIsRefusedAndStoredCutOff() {
		Instant nanos = Instant.parse("2026-03-01T09:15:00.123456789Z");

		assertThatIllegalArgumentException().isThrownBy(() -> ChainHash.of("t").field("at", nanos));
		assertThat(ChainHash.stored(nanos)).isEqualTo(BOOKED);
	}

	@Test
	void amountsAreWrittenWithTwoDecimals() {
		assertThat(ChainHash.of("t").field("amount", new BigDecimal("5")).canonicalForm(ChainLink.FIRST))
			.contains("amount=4:5.00");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChainHash.of("t").field("amount", new BigDecimal("5.001")));
	}

	@Test
	void aValueCannotPassForAnotherField() {
		String oneField = ChainHash.of("t").field("a", "1\nb=1:2").hash(ChainLink.FIRST);
		String twoFields = ChainHash.of("t").field("a", "1").field("b", "2").hash(ChainLink.FIRST);

		assertThat(oneField).isNotEqualTo(twoFields);
		assertThat(ChainHash.of("t").field("a", (String) null).hash(ChainLink.FIRST))
			.isNotEqualTo(ChainHash.of("t").field("a", "null").hash(ChainLink.FIRST))
			.isNotEqualTo(ChainHash.of("t").field("a", "").hash(ChainLink.FIRST));
	}

	@Test
	void thePlaceInTheChainIsPartOfTheHash() {
		ChainHash form = ChainHash.of("t").field("a", "1");

		assertThat(form.hash(ChainLink.FIRST)).isNotEqualTo(form.hash(SECOND))
			.isNotEqualTo(form.hash(ChainLink.FIRST.next("b".repeat(64))))
			.hasSize(64)
			.matches("[0-9a-f]{64}");
	}

}

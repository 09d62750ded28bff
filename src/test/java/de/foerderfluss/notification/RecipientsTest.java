package de.foerderfluss.notification;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientsTest {

	@Test
	void eachAddressOnceInTheOrderGiven() {
		assertThat(Recipients.distinct(Stream.of("kontakt@verein.example", "Anna@Verein.example", null, " ",
				"KONTAKT@verein.example ", "anna@verein.example", "bernd@verein.example")))
			.containsExactly("kontakt@verein.example", "Anna@Verein.example", "bernd@verein.example");
	}

}

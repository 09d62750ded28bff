package de.foerderfluss.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class UrlRulesTest {

	@Test
	void fixedPathsComeFirstThenPathsWithVariablesThenWholeAreas() {
		UrlRules rules = new UrlRules().onlyFor(Role.FINANCE, "/kasse/**")
			.onlyFor(Role.REVIEWER, "/antraege/{id}/bewertung")
			.onlyFor(Role.ADMIN, "/kasse/rueckzahlungen", "/antraege/neu");

		assertThat(rules.mostSpecificFirst()).extracting(UrlRules.Rule::path)
			.containsExactly("/kasse/rueckzahlungen", "/antraege/neu", "/antraege/{id}/bewertung", "/kasse/**");
	}

	@Test
	void aPathHasOneRuleOnly() {
		UrlRules rules = new UrlRules().onlyFor(Role.FINANCE, "/kasse/**");

		assertThatIllegalStateException().isThrownBy(() -> rules.onlyFor(Role.ADMIN, "/kasse/**"))
			.withMessageContaining("/kasse/**");
	}

}

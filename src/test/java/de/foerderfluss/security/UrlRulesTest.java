package de.foerderfluss.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

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
	void aRuleForOneMethodComesBeforeTheRuleForTheWholePath() {
		UrlRules rules = new UrlRules().onlyFor(Role.REVIEWER, "/api/v1/applications/{id}/fund-calls")
			.onlyFor(HttpMethod.POST, Role.CARRIER, "/api/v1/applications/{id}/fund-calls")
			.onlyFor(HttpMethod.POST, Role.CARRIER, "/api/v1/applications");

		assertThat(rules.mostSpecificFirst()).extracting((rule) -> rule.method() + " " + rule.path())
			.containsExactly("POST /api/v1/applications", "POST /api/v1/applications/{id}/fund-calls",
					"null /api/v1/applications/{id}/fund-calls");
	}

	@Test
	void aRequestHasOneRuleOnly() {
		UrlRules rules = new UrlRules().onlyFor(HttpMethod.POST, Role.CARRIER, "/api/v1/applications")
			.onlyFor(HttpMethod.PUT, Role.ADMIN, "/api/v1/applications");

		assertThatIllegalStateException()
			.isThrownBy(() -> rules.onlyFor(HttpMethod.POST, Role.REVIEWER, "/api/v1/applications"))
			.withMessageContaining("POST /api/v1/applications");
	}

	@Test
	void aPathHasOneRuleOnly() {
		UrlRules rules = new UrlRules().onlyFor(Role.FINANCE, "/kasse/**");

		assertThatIllegalStateException().isThrownBy(() -> rules.onlyFor(Role.ADMIN, "/kasse/**"))
			.withMessageContaining("/kasse/**");
	}

}

package de.foerderfluss.testing;

import java.util.EnumSet;
import java.util.List;

import de.foerderfluss.security.Role;
import de.foerderfluss.testing.AccessTable.Access;
import de.foerderfluss.testing.AccessTable.Endpoint;
import de.foerderfluss.testing.AccessTable.Page;
import org.junit.jupiter.api.Test;

import static de.foerderfluss.security.Role.ADMIN;
import static de.foerderfluss.security.Role.APPROVER;
import static de.foerderfluss.security.Role.CARRIER;
import static de.foerderfluss.security.Role.FINANCE;
import static de.foerderfluss.security.Role.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The README's access tables read as the access tests read them. */
class AccessTableTest {

	@Test
	void theRestTableGivesEachEndpointItsRoles() {
		assertThat(AccessTable.endpoints()).contains(
				new Endpoint("POST", "/api/v1/applications", List.of(), only(CARRIER)),
				new Endpoint("GET", "/api/v1/applications/{id}", List.of(), only(Role.values())),
				new Endpoint("GET", "/api/v1/payouts", List.of("status"), only(FINANCE)),
				new Endpoint("GET", "/api/v1/budgets/{year}", List.of("programme"),
						only(REVIEWER, APPROVER, FINANCE, ADMIN)),
				new Endpoint("GET", "/api/v1/payouts/list", List.of("from", "to"), only(FINANCE)),
				new Endpoint("GET", "/api/v1/documents/{documentId}", List.of(), only(CARRIER, REVIEWER, APPROVER)));
	}

	@Test
	void thePageTableGivesEachPageItsRoles() {
		assertThat(AccessTable.pages()).contains(new Page("/login", new Access(EnumSet.allOf(Role.class), true)),
				new Page("/antraege/{id}", only(Role.values())), new Page("/antraege/neu", only(CARRIER)),
				new Page("/aufgaben", only(REVIEWER, APPROVER, FINANCE)),
				new Page("/mittel", only(REVIEWER, APPROVER, FINANCE, ADMIN)));
	}

	@Test
	void aCellNamesRolesAndShorthandsOnly() {
		assertThat(AccessTable.access("owner, KI, FINANCE", "row"))
			.isEqualTo(only(CARRIER, REVIEWER, APPROVER, FINANCE));
		assertThat(AccessTable.access("any (carrier: own)", "row")).isEqualTo(only(Role.values()));
		assertThatIllegalStateException().isThrownBy(() -> AccessTable.access("KI, Kasse", "row"))
			.withMessageContaining("Kasse");
	}

	private static Access only(Role... roles) {
		return new Access(EnumSet.copyOf(List.of(roles)), false);
	}

}

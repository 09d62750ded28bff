package de.foerderfluss.security;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotEntitledToSignException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Who may sign what, by role and amount, as the configuration says. */
class SigningAuthorityTest {

	private final UserAccounts accounts = mock(UserAccounts.class);

	private final SigningAuthority signing = new SigningAuthority(
			new SigningAuthorityProperties(
					Map.of(Role.APPROVER, new SigningAuthorityProperties.Grant(EnumSet.allOf(SignedAct.class), null),
							Role.REVIEWER, new SigningAuthorityProperties.Grant(
									EnumSet.of(SignedAct.REJECTION, SignedAct.LAPSE), new BigDecimal("5000.00")))),
			this.accounts);

	private final UserAccount head = account("leitung", "Dr. Lena Leitung", Role.APPROVER);

	private final UserAccount caseWorker = account("pruefer", "Paul Prüfer", Role.REVIEWER);

	private final UserAccount both = account("doppel", "Doris Doppel", Role.REVIEWER, Role.APPROVER);

	@Test
	void aRoleSignsTheActsItIsGrantedUpToItsLimit() {
		assertThat(this.signing.verdict(actor(Role.REVIEWER), SignedAct.REJECTION, Money.of("5000.00")).isAllowed())
			.isTrue();
		assertThat(this.signing.verdict(actor(Role.REVIEWER), SignedAct.REJECTION, Money.of("5000.01")).reason())
			.contains(SigningAuthority.ABOVE_LIMIT);
		assertThat(this.signing.verdict(actor(Role.REVIEWER), SignedAct.APPROVAL, Money.of("100.00")).reason())
			.contains(SigningAuthority.NOT_ENTITLED);
		assertThat(this.signing.verdict(actor(Role.APPROVER), SignedAct.APPROVAL, Money.of("99999.00")).isAllowed())
			.isTrue();
		assertThat(this.signing.verdict(actor(Role.FINANCE), SignedAct.REJECTION, Money.of("1.00")).reason())
			.contains(SigningAuthority.NOT_ENTITLED);
	}

	@Test
	void aPersonWithSeveralRolesSignsWithTheWidestAndTheRoleNamesTheTitle() {
		when(this.accounts.findByUsername("doppel")).thenReturn(Optional.of(this.both));
		assertThat(this.signing.signatory("doppel", SignedAct.REJECTION, Money.of("100.00")))
			.isEqualTo(new Signatory("doppel", "Doris Doppel", Role.APPROVER));
	}

	@Test
	void aSignatoryIsRefusedWithTheReasonAndADisabledAccountSignsNothing() {
		when(this.accounts.findByUsername("pruefer")).thenReturn(Optional.of(this.caseWorker));
		assertThat(this.signing.signatory("pruefer", SignedAct.LAPSE, Money.of("800.00")))
			.isEqualTo(new Signatory("pruefer", "Paul Prüfer", Role.REVIEWER));
		assertThatExceptionOfType(NotEntitledToSignException.class)
			.isThrownBy(() -> this.signing.signatory("pruefer", SignedAct.REJECTION, Money.of("6000.00")))
			.satisfies((ex) -> assertThat(ex.messageCode()).isEqualTo("error.signing-authority.above-limit"));
		this.caseWorker.disable("admin");
		assertThat(this.signing.verdict("pruefer", SignedAct.LAPSE, Money.of("1.00")).reason())
			.contains(SigningAuthority.NO_ACCOUNT);
		assertThat(this.signing.verdict("nobody", SignedAct.LAPSE, Money.of("1.00")).reason())
			.contains(SigningAuthority.NO_ACCOUNT);
	}

	@Test
	void listsEveryoneEntitledOnce() {
		when(this.accounts.findByRolesAndEnabledTrue(Role.APPROVER)).thenReturn(List.of(this.head, this.both));
		when(this.accounts.findByRolesAndEnabledTrue(Role.REVIEWER)).thenReturn(List.of(this.caseWorker, this.both));
		assertThat(this.signing.entitled(SignedAct.REJECTION, Money.of("6000.00"))).extracting(Signatory::username)
			.containsExactly("doppel", "leitung");
		assertThat(this.signing.entitled(SignedAct.REJECTION, Money.of("600.00"))).extracting(Signatory::username)
			.containsExactly("doppel", "leitung", "pruefer");
	}

	private static Actor actor(Role... roles) {
		return new Actor("someone", "Someone", null, Set.of(roles));
	}

	private static UserAccount account(String username, String name, Role... roles) {
		return new UserAccount(username, "hash", name, null, null, Set.of(roles));
	}

}

package de.foerderfluss.security;

import java.util.EnumSet;
import java.util.Set;

import de.foerderfluss.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules a user account guards, each refused at the field it concerns. */
class UserAccountTest {

	@Test
	void aCarrierUserBelongsToExactlyOneCarrierAndNobodyElseHasOne() {
		refused(() -> account("anna", null, Role.CARRIER), "carrierId", "admin.error.user.carrier-required");
		refused(() -> account("paula", 7L, Role.REVIEWER), "carrierId", "admin.error.user.carrier-not-allowed");
		assertThat(account("anna", 7L, Role.CARRIER).getCarrierId()).isEqualTo(7L);
		assertThat(account("paula", null, Role.REVIEWER).getCarrierId()).isNull();
	}

	@Test
	void aCarrierUserHoldsNoOtherRole() {
		refused(() -> account("anna", 7L, Role.CARRIER, Role.REVIEWER), "roles", "admin.error.user.carrier-alone");
		assertThat(account("doris", null, Role.REVIEWER, Role.APPROVER).getRoles())
			.containsExactlyInAnyOrder(Role.REVIEWER, Role.APPROVER);
	}

	@Test
	void everyAccountHasARole() {
		refused(() -> new UserAccount("anna", "hash", "Anna", null, null, Set.of()), "roles",
				"admin.error.user.roles-required");
		UserAccount account = account("paula", null, Role.REVIEWER);
		refused(() -> account.assign(Set.of(), null, "ada"), "roles", "admin.error.user.roles-required");
		assertThat(account.getRoles()).containsExactly(Role.REVIEWER);
	}

	@Test
	void userNamesAreLowerCaseAndAdministratorsNeedOneCamundaAccepts() {
		refused(() -> account("Anna", null, Role.REVIEWER), "username", "admin.error.user.username-format");
		refused(() -> account("a", null, Role.REVIEWER), "username", "admin.error.user.username-format");
		refused(() -> account("-anna", null, Role.REVIEWER), "username", "admin.error.user.username-format");
		assertThat(account("anna.m-2_x", null, Role.REVIEWER).getUsername()).isEqualTo("anna.m-2_x");

		refused(() -> account("it-admin", null, Role.ADMIN), "roles", "admin.error.user.admin-username");
		UserAccount reviewer = account("it-admin", null, Role.REVIEWER);
		refused(() -> reviewer.assign(EnumSet.of(Role.REVIEWER, Role.ADMIN), null, "ada"), "roles",
				"admin.error.user.admin-username");
		assertThat(account("itadmin2", null, Role.ADMIN).getRoles()).containsExactly(Role.ADMIN);
	}

	@Test
	void theNameIsRequiredAndTheAddressMustLookLikeOne() {
		refused(() -> new UserAccount("anna", "hash", " ", null, null, Set.of(Role.REVIEWER)), "displayName",
				"admin.error.user.name-required");
		refused(() -> new UserAccount("anna", "hash", "Anna", "anna(at)example.org", null, Set.of(Role.REVIEWER)),
				"email", "admin.error.email-invalid");
		UserAccount account = new UserAccount("anna", "hash", " Anna Antrag ", " anna@example.org ", null,
				Set.of(Role.REVIEWER));
		assertThat(account.getDisplayName()).isEqualTo("Anna Antrag");
		assertThat(account.getEmail()).isEqualTo("anna@example.org");
	}

	@Test
	void administratorsCannotTakeTheirOwnAdministrationRole() {
		UserAccount ada = account("ada", null, Role.ADMIN);

		refused(() -> ada.assign(Set.of(Role.REVIEWER), null, "ada"), "roles", "admin.error.user.own-admin-role");
		assertThat(ada.getRoles()).containsExactly(Role.ADMIN);

		assertThat(ada.assign(EnumSet.of(Role.ADMIN, Role.REVIEWER), null, "ada")).as("changed").isTrue();
		assertThat(ada.assign(Set.of(Role.REVIEWER), null, "bert")).as("another administrator may").isTrue();
		assertThat(ada.getRoles()).containsExactly(Role.REVIEWER);
		assertThat(ada.assign(Set.of(Role.REVIEWER), null, "bert")).as("nothing changed").isFalse();
	}

	@Test
	void administratorsCannotDisableThemselves() {
		UserAccount ada = account("ada", null, Role.ADMIN);

		refused(() -> ada.disable("ada"), "enabled", "admin.error.user.disable-self");
		assertThat(ada.isEnabled()).isTrue();

		assertThat(ada.disable("bert")).isTrue();
		assertThat(ada.isEnabled()).isFalse();
		assertThat(ada.disable("bert")).as("already disabled").isFalse();
		ada.enable();
		assertThat(ada.isEnabled()).isTrue();
	}

	private static UserAccount account(String username, Long carrierId, Role first, Role... more) {
		return new UserAccount(username, "hash", "Name", null, carrierId, EnumSet.of(first, more));
	}

	private static void refused(Runnable change, String field, String messageCode) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(change::run).satisfies((ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageCode()).isEqualTo(messageCode);
		});
	}

}

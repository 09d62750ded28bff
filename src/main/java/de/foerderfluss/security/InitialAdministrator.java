package de.foerderfluss.security;

import java.util.Set;

import de.foerderfluss.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Outside the demo there is no default password: the first administrator is created only
 * when an operator sets {@code foerderfluss.security.initial-admin-password}, and only
 * while no administrator exists.
 */
@Component
class InitialAdministrator {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAccounts accounts;

	private final UserDirectory directory;

	private final String password;

	private final PasswordPolicy policy;

	InitialAdministrator(UserAccounts accounts, UserDirectory directory, SecurityProperties properties) {
		this.accounts = accounts;
		this.directory = directory;
		this.password = properties.initialAdminPassword();
		this.policy = new PasswordPolicy(properties.passwords());
	}

	@EventListener(ApplicationReadyEvent.class)
	void createIfNeeded() {
		if (this.accounts.existsByRoles(Role.ADMIN) || this.directory.exists("admin")) {
			return;
		}
		if (!StringUtils.hasText(this.password)) {
			// Nobody could sign in to create the first people: say what to do.
			log.warn(
					"No administrator exists yet, so nobody can sign in. Set FOERDERFLUSS_SECURITY_INITIAL_ADMIN_PASSWORD "
							+ "(foerderfluss.security.initial-admin-password) and restart to create the administrator 'admin'.");
			return;
		}
		try {
			this.policy.check(this.password, Set.of(Role.ADMIN), "admin", "Administration");
		}
		catch (InvalidInputException ex) {
			log.error(
					"FOERDERFLUSS_SECURITY_INITIAL_ADMIN_PASSWORD is refused ({}): an administrator's password needs "
							+ "at least {} characters, must not contain the user name and must not be common or simple "
							+ "(several unusual words are best). Nobody was created; set a stronger one and restart.",
					ex.messageCode(), this.policy.adminMinLength());
			return;
		}
		this.directory.create(
				new UserDirectory.NewUser("admin", this.password, "Administration", null, null, Set.of(Role.ADMIN)));
		log.info("Created the initial administrator 'admin'");
	}

}

package de.foerderfluss.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.security.UserDirectory.NewUser;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with user accounts: register, change, set a password, disable,
 * unlock the sign-in after failed attempts. Every change happens whole or not at all; the
 * account refuses what breaks its rules.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
@EnableConfigurationProperties(SecurityProperties.class)
public class UserAdministration {

	private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

	private final UserAccounts accounts;

	private final UserDirectory directory;

	private final Carriers carriers;

	private final ApplicationEventPublisher events;

	private final PasswordPolicy passwords;

	private final SignInThrottle throttle;

	UserAdministration(UserAccounts accounts, UserDirectory directory, Carriers carriers,
			ApplicationEventPublisher events, SecurityProperties properties, SignInThrottle throttle) {
		this.accounts = accounts;
		this.directory = directory;
		this.carriers = carriers;
		this.events = events;
		this.throttle = throttle;
		this.passwords = new PasswordPolicy(properties.passwords());
	}

	/** The fewest characters a password set here must have. */
	public int minimumPasswordLength() {
		return this.passwords.minLength();
	}

	/** The fewest characters the password of an administrator must have. */
	public int minimumAdministratorPasswordLength() {
		return this.passwords.adminMinLength();
	}

	/** The accounts with the role and of the carrier, each if given, by user name. */
	@Transactional(readOnly = true)
	public List<UserAccount> accounts(Role role, Long carrierId) {
		// An authority has a few hundred accounts at most: filtered here, the same on
		// every database.
		return this.accounts.findAll(Sort.by("username"))
			.stream()
			.filter((account) -> role == null || account.getRoles().contains(role))
			.filter((account) -> carrierId == null || carrierId.equals(account.getCarrierId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserAccount account(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	public UserAccount register(NewUser user) {
		this.passwords.check(user.password(), user.roles(), user.username(), user.displayName(), user.email());
		requireKnownCarrier(user.carrierId());
		return this.directory.create(user);
	}

	/**
	 * Changes name, e-mail, roles, carrier and whether the person may sign in. The acting
	 * administrator's account is locked together with the changed one and must still be
	 * an enabled administrator: two administrators disabling each other at the same
	 * moment cannot leave nobody to administer.
	 */
	public UserAccount change(Long id, AccountChange change) {
		Actor actor = Actor.current();
		UserAccount account = lockedWithActor(id, actor);
		account.describe(change.displayName(), change.email());
		requireKnownCarrier(change.carrierId());
		boolean accessChanged = account.assign(change.roles(), change.carrierId(), actor.username());
		if (change.enabled()) {
			account.enable();
		}
		else {
			accessChanged |= account.disable(actor.username());
		}
		if (accessChanged) {
			this.events.publishEvent(AccessChanged.of(account));
		}
		return account;
	}

	/** Sets a new password; whoever is signed in with the old one is signed out. */
	public UserAccount changePassword(Long id, String password) {
		UserAccount account = account(id);
		this.passwords.check(password, account.getRoles(), account.getUsername(), account.getDisplayName(),
				account.getEmail());
		account.changePassword(this.directory.encode(password));
		if (!account.isSelf(Actor.current().username())) {
			this.events.publishEvent(AccessChanged.of(account));
		}
		return account;
	}

	/**
	 * The user names that may not sign in for a while after too many failed attempts,
	 * with the moment the wait ends. Names nobody has may be among them.
	 */
	@Transactional(readOnly = true)
	public Map<String, Instant> lockedSignIns() {
		Map<String, Instant> locked = new TreeMap<>();
		for (LoginCounter counter : this.throttle.waitingAccounts()) {
			locked.put(counter.getKey(), counter.getLockedUntil());
		}
		return locked;
	}

	/**
	 * Lets the person sign in again at once: the failed attempts under their user name
	 * are forgotten. Those from an address are not: they end by themselves.
	 */
	public UserAccount unlock(Long id) {
		UserAccount account = account(id);
		this.throttle.forget(account.getUsername());
		log.info("Sign-in of '{}' unlocked by the administrator '{}'", account.getUsername(),
				Actor.current().username());
		return account;
	}

	private UserAccount lockedWithActor(Long id, Actor actor) {
		Long actorId = this.accounts.idOf(actor.username()).orElseThrow(() -> new AccessDeniedException("gone"));
		List<UserAccount> locked = this.accounts.lockAll(Set.copyOf(List.of(id, actorId)));
		UserAccount acting = locked.stream()
			.filter((account) -> account.getId().equals(actorId))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("gone"));
		if (!acting.isEnabled() || !acting.getRoles().contains(Role.ADMIN)) {
			throw new AccessDeniedException("No longer an administrator: " + actor.username());
		}
		return locked.stream()
			.filter((account) -> account.getId().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("user", id));
	}

	private void requireKnownCarrier(Long carrierId) {
		if (carrierId != null && !this.carriers.existsById(carrierId)) {
			throw new InvalidInputException("carrierId", "admin.error.user.carrier-unknown");
		}
	}

	/** The changeable facts of an account. */
	public record AccountChange(String displayName, String email, Set<Role> roles, Long carrierId, boolean enabled) {
	}

}

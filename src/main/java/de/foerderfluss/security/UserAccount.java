package de.foerderfluss.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import de.foerderfluss.shared.EmailAddresses;
import de.foerderfluss.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A person who logs in: either linked to a carrier or holding KI, finance or admin roles.
 * The account guards its own rules; each refusal names the field it concerns.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

	/** Lower-case letters, digits, dot, hyphen and underscore; 2 to 50 characters. */
	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

	/**
	 * Administrators also sign in to the Camunda webapps under their user name, and
	 * Camunda accepts only letters and digits there.
	 */
	static final Pattern ADMIN_USERNAME = Pattern.compile("[a-z0-9]+");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	private String email;

	private Long carrierId;

	private boolean enabled;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName, String email, Long carrierId,
			Set<Role> roles) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new InvalidInputException("username", "admin.error.user.username-format");
		}
		this.username = username;
		this.passwordHash = passwordHash;
		describe(displayName, email);
		grant(roles, carrierId);
		this.enabled = true;
	}

	/** Name and e-mail address; the address is optional but must look like one. */
	void describe(String displayName, String email) {
		if (displayName == null || displayName.isBlank()) {
			throw new InvalidInputException("displayName", "admin.error.user.name-required");
		}
		String address = EmailAddresses.optional("email", email);
		this.displayName = displayName.strip();
		this.email = address;
	}

	/**
	 * Changes roles and carrier on behalf of an administrator, who may not take away
	 * their own administration role: so there is always someone left to administer.
	 * Answers whether what the person may do has changed.
	 */
	boolean assign(Set<Role> roles, Long carrierId, String actingUsername) {
		if (isSelf(actingUsername) && this.roles.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			throw new InvalidInputException("roles", "admin.error.user.own-admin-role");
		}
		boolean changed = !this.roles.equals(roles) || !Objects.equals(this.carrierId, carrierId);
		grant(roles, carrierId);
		return changed;
	}

	/** A disabled person cannot sign in; administrators cannot lock themselves out. */
	boolean disable(String actingUsername) {
		if (isSelf(actingUsername)) {
			throw new InvalidInputException("enabled", "admin.error.user.disable-self");
		}
		boolean changed = this.enabled;
		this.enabled = false;
		return changed;
	}

	void enable() {
		this.enabled = true;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	boolean isSelf(String username) {
		return this.username.equals(username);
	}

	/**
	 * A carrier user belongs to exactly one carrier and holds no other role (a carrier's
	 * staff never works on the KI's side of a case); nobody else has a carrier.
	 */
	private void grant(Set<Role> roles, Long carrierId) {
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInputException("roles", "admin.error.user.roles-required");
		}
		if (roles.contains(Role.CARRIER) && roles.size() > 1) {
			throw new InvalidInputException("roles", "admin.error.user.carrier-alone");
		}
		if (roles.contains(Role.CARRIER) && carrierId == null) {
			throw new InvalidInputException("carrierId", "admin.error.user.carrier-required");
		}
		if (!roles.contains(Role.CARRIER) && carrierId != null) {
			throw new InvalidInputException("carrierId", "admin.error.user.carrier-not-allowed");
		}
		if (roles.contains(Role.ADMIN) && !ADMIN_USERNAME.matcher(this.username).matches()) {
			throw new InvalidInputException("roles", "admin.error.user.admin-username", this.username);
		}
		this.roles = EnumSet.copyOf(roles);
		this.carrierId = carrierId;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public Long getCarrierId() {
		return this.carrierId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

}

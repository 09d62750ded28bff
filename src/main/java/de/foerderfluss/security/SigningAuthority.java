package de.foerderfluss.security;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotEntitledToSignException;
import de.foerderfluss.shared.Verdict;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may take and sign a decision in the authority's name (Zeichnungsbefugnis), by role
 * and amount as configured in {@code foerderfluss.signing-authority}. Services enforce
 * the verdict before a person decides, letters ask it for the signatory, and pages show
 * it before anyone tries: a notice is never signed by someone who may not sign it.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(SigningAuthorityProperties.class)
public class SigningAuthority {

	/** Reason: none of the person's roles signs this kind of act. */
	public static final String NOT_ENTITLED = "signing-authority.not-entitled";

	/** Reason: the person's roles sign this act, but not for this amount. */
	public static final String ABOVE_LIMIT = "signing-authority.above-limit";

	/** Reason: the account is disabled or gone. */
	public static final String NO_ACCOUNT = "signing-authority.no-account";

	private final SigningAuthorityProperties properties;

	private final UserAccounts accounts;

	SigningAuthority(SigningAuthorityProperties properties, UserAccounts accounts) {
		this.properties = properties;
		this.accounts = accounts;
	}

	/** Whether the signed-in person may take and sign the act for the amount. */
	public Verdict verdict(Actor actor, SignedAct act, Money amount) {
		return verdict(actor.roles(), act, amount);
	}

	/**
	 * Whether the person may sign the act for the amount now: the account must exist and
	 * be enabled, and one of its roles must carry the authority.
	 */
	public Verdict verdict(String username, SignedAct act, Money amount) {
		return this.accounts.findByUsername(username)
			.filter(UserAccount::isEnabled)
			.map((account) -> verdict(account.getRoles(), act, amount))
			.orElse(Verdict.refused(NO_ACCOUNT));
	}

	/** Refuses with {@link NotEntitledToSignException} unless the person may sign. */
	public void require(Actor actor, SignedAct act, Money amount) {
		verdict(actor, act, amount).enforce(NotEntitledToSignException::of);
	}

	/**
	 * The person as signatory of the act, with the role that gives the authority; refused
	 * with {@link NotEntitledToSignException} when they may not sign it.
	 */
	public Signatory signatory(String username, SignedAct act, Money amount) {
		verdict(username, act, amount).enforce(NotEntitledToSignException::of);
		UserAccount account = this.accounts.findByUsername(username).orElseThrow();
		return new Signatory(username, account.getDisplayName(), grantingRole(account.getRoles(), act, amount).get());
	}

	/** Everyone who may sign the act for the amount now, in the order of their names. */
	public List<Signatory> entitled(SignedAct act, Money amount) {
		return this.properties.roles()
			.keySet()
			.stream()
			.flatMap((role) -> this.accounts.findByRolesAndEnabledTrue(role).stream())
			.collect(Collectors.toMap(UserAccount::getUsername, (account) -> account, (first, same) -> first))
			.values()
			.stream()
			.flatMap((account) -> grantingRole(account.getRoles(), act, amount).stream()
				.map((role) -> new Signatory(account.getUsername(), account.getDisplayName(), role)))
			.sorted(Comparator.comparing(Signatory::displayName).thenComparing(Signatory::username))
			.toList();
	}

	private Verdict verdict(Set<Role> roles, SignedAct act, Money amount) {
		if (grantingRole(roles, act, amount).isPresent()) {
			return Verdict.allowed();
		}
		boolean signsAct = roles.stream()
			.map(this.properties::grantOf)
			.anyMatch((grant) -> grant != null && grant.covers(act));
		return Verdict.refused(signsAct ? ABOVE_LIMIT : NOT_ENTITLED);
	}

	/** The role with the widest grant for the act that covers the amount. */
	private Optional<Role> grantingRole(Set<Role> roles, SignedAct act, Money amount) {
		BigDecimal value = (amount != null) ? amount.amount() : null;
		return roles.stream().sorted().filter((role) -> {
			SigningAuthorityProperties.Grant grant = this.properties.grantOf(role);
			return grant != null && grant.covers(act) && grant.coversAmount(value);
		}).max(Comparator.comparing((Role role) -> limit(role)));
	}

	private BigDecimal limit(Role role) {
		BigDecimal upTo = this.properties.grantOf(role).upTo();
		return (upTo != null) ? upTo : new BigDecimal(Long.MAX_VALUE);
	}

}

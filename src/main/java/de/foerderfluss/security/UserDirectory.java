package de.foerderfluss.security;

import java.util.Set;

import de.foerderfluss.shared.InvalidInputException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates user accounts and looks them up for login; passwords are stored as BCrypt. */
@Service
@Transactional
public class UserDirectory implements UserDetailsService {

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	UserDirectory(UserAccounts accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	public UserAccount create(NewUser user) {
		if (this.accounts.findByUsername(user.username()).isPresent()) {
			throw new InvalidInputException("username", "error.username.taken", user.username());
		}
		return this.accounts.save(new UserAccount(user.username(), encode(user.password()), user.displayName(),
				user.email(), user.carrierId(), user.roles()));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.findByUsername(username).isPresent();
	}

	/**
	 * The name a person is shown and signs with; the user name if the account is gone.
	 */
	@Transactional(readOnly = true)
	public String displayName(String username) {
		return this.accounts.findByUsername(username).map(UserAccount::getDisplayName).orElse(username);
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		// Exactly as written: some databases compare strings padded, and "traeger4 " is
		// nobody's name.
		return this.accounts.findByUsername(username)
			.filter((account) -> account.getUsername().equals(username))
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	String encode(String password) {
		return this.passwordEncoder.encode(password);
	}

	public record NewUser(String username, String password, String displayName, String email, Long carrierId,
			Set<Role> roles) {
	}

}

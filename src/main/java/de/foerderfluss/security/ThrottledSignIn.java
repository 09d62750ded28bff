package de.foerderfluss.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in with user name and password, for the login form and HTTP Basic alike, unless
 * too many attempts failed before under the same user name or from the same address: then
 * the attempt is refused before the password is looked at, the same whether the account
 * exists or not. Each failure is counted; a success forgets the failures under the user
 * name.
 */
@Component
class ThrottledSignIn implements AuthenticationManager {

	private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

	private final AuthenticationManager passwords;

	private final SignInThrottle throttle;

	ThrottledSignIn(UserDirectory users, PasswordEncoder encoder, SignInThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		// Erases the password hash from the signed-in person before it is kept.
		this.passwords = new ProviderManager(provider);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		SignInThrottle.Attempt attempt = this.throttle.attempt(authentication.getName(), addressOf(authentication));
		if (attempt.mustWait()) {
			throw new LoginThrottledException(attempt.waitLeft());
		}
		Authentication signedIn;
		try {
			signedIn = this.passwords.authenticate(authentication);
		}
		catch (InternalAuthenticationServiceException ex) {
			// The directory failed, not the person.
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(attempt);
			log.debug("Failed sign-in from {}", attempt.address());
			throw ex;
		}
		this.throttle.succeeded(attempt);
		return signedIn;
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}

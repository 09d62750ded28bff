package de.foerderfluss.testing;

/**
 * Base of the page tests: the whole application with real security, people signing in
 * through the login page and working with the pages' forms.
 */
public abstract class PageTest extends ApiTest {

	protected PageSession signIn(String username) {
		return PageSession.login(this.port, username);
	}

}

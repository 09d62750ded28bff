package de.foerderfluss.testing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * Base of the browser tests: the application on a random port and a real headless
 * Chromium per person. Skipped, with a message, where Chromium is not installed;
 * {@code .ci/run} installs it.
 */
@Tag("browser")
public abstract class BrowserTest extends ApiTest {

	private final List<Browser> browsers = new ArrayList<>();

	@BeforeEach
	void requireChromium() {
		Assumptions.assumeTrue(Browser.available(),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
	}

	/** A browser of its own for the person, signed in. */
	protected Browser browserOf(String username) {
		Browser browser = Browser.signedIn(this.port, username);
		this.browsers.add(browser);
		return browser;
	}

	protected Browser narrowBrowserOf(String username) {
		Browser browser = Browser.narrow(this.port, username);
		this.browsers.add(browser);
		return browser;
	}

	protected Browser anonymousBrowser() {
		Browser browser = Browser.anonymous(this.port);
		this.browsers.add(browser);
		return browser;
	}

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(Browser::close);
		this.browsers.clear();
	}

}

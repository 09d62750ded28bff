package de.foerderfluss.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test that starts the whole application: {@code mvn verify} runs it with
 * Failsafe after the unit and process tests, which Surefire runs without it. Inherited
 * from the base classes {@link ApiTest}, {@link PageTest} and {@link BrowserTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {

	/** The JUnit tag that the build's test lanes select by. */
	String TAG = "integration";

}

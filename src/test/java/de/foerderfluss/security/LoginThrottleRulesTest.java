package de.foerderfluss.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How failed sign-ins under one key slow down the next attempt. */
class LoginThrottleRulesTest {

	private static final Instant NINE = Instant.parse("2026-03-02T08:00:00Z");

	private final SecurityProperties.LoginThrottle defaults = new SecurityProperties(null, null, null).loginThrottle();

	private final SecurityProperties.Rule account = this.defaults.account();

	@Test
	void threeFailuresAreFreeThenTheWaitDoublesFromHalfAMinuteToAtMostAQuarterOfAnHour() {
		assertThat(waits(this.account, 12)).containsExactly(0L, 0L, 0L, 30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L,
				900L);
	}

	@Test
	void anAddressHasTenFreeFailures() {
		assertThat(waits(this.defaults.address(), 13)).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 30L, 60L,
				120L);
	}

	@Test
	void theWaitNeverOverflowsHoweverManyFailures() {
		assertThat(LoginCounter.waitAfter(Integer.MAX_VALUE, this.account)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void aFailureLocksTheNextAttemptUntilItsWaitIsOver() {
		LoginCounter counter = new LoginCounter(LoginCounter.Kind.ACCOUNT, "anna");
		for (int i = 0; i < 3; i++) {
			counter.failed(NINE, this.account);
			assertThat(counter.waitAt(NINE)).isZero();
		}
		counter.failed(NINE, this.account);

		assertThat(counter.getFailures()).isEqualTo(4);
		assertThat(counter.getLockedUntil()).isEqualTo(NINE.plusSeconds(30));
		assertThat(counter.waitAt(NINE.plusSeconds(10))).isEqualTo(Duration.ofSeconds(20));
		assertThat(counter.waitAt(NINE.plusSeconds(30))).isZero();

		counter.failed(NINE.plusSeconds(30), this.account);
		assertThat(counter.waitAt(NINE.plusSeconds(30))).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void failuresAreForgottenADayAfterTheLastOne() {
		LoginCounter counter = new LoginCounter(LoginCounter.Kind.ACCOUNT, "anna");
		for (int i = 0; i < 6; i++) {
			counter.failed(NINE, this.account);
		}
		assertThat(counter.forgottenAt(NINE.plus(Duration.ofHours(23)), this.account)).isFalse();
		assertThat(counter.forgottenAt(NINE.plus(Duration.ofDays(1)), this.account)).isTrue();

		counter.failed(NINE.plus(Duration.ofDays(1)), this.account);
		assertThat(counter.getFailures()).as("counted afresh").isEqualTo(1);
		assertThat(counter.waitAt(NINE.plus(Duration.ofDays(1)))).isZero();
	}

	@Test
	void aRuleMakesSense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SecurityProperties.Rule(-1, Duration.ofSeconds(1),
				Duration.ofSeconds(2), Duration.ofHours(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new SecurityProperties.Rule(3, Duration.ofMinutes(2),
				Duration.ofMinutes(1), Duration.ofHours(1)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new SecurityProperties.Rule(3, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ZERO));
	}

	@Test
	void addressesAreCountedAsTheyAreAndIpv6ByItsNetwork() {
		assertThat(SignInThrottle.addressKey("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
		assertThat(SignInThrottle.addressKey("2001:DB8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(SignInThrottle.addressKey("[2001:db8:1:2::99]")).isEqualTo("2001:db8:1:2::/64");
		assertThat(SignInThrottle.addressKey("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
		assertThat(SignInThrottle.addressKey("not:an:address:at:all")).isEqualTo("not:an:address:at:all");
		assertThat(SignInThrottle.addressKey("dead:beef:zz")).isEqualTo("dead:beef:zz");
		assertThat(SignInThrottle.addressKey(" ")).isNull();
		assertThat(SignInThrottle.addressKey(null)).isNull();
	}

	@Test
	void aLockSaysWholeSecondsAndMinutes() {
		LoginThrottledException halfMinute = new LoginThrottledException(Duration.ofMillis(29_001));
		assertThat(halfMinute.retryAfterSeconds()).isEqualTo(30);
		assertThat(halfMinute.retryAfterMinutes()).isEqualTo(1);
		assertThat(new LoginThrottledException(Duration.ofSeconds(121)).retryAfterMinutes()).isEqualTo(3);
		assertThat(new LoginThrottledException(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
	}

	private static java.util.List<Long> waits(SecurityProperties.Rule rule, int failures) {
		java.util.List<Long> waits = new java.util.ArrayList<>();
		for (int failure = 1; failure <= failures; failure++) {
			waits.add(LoginCounter.waitAfter(failure, rule).toSeconds());
		}
		return waits;
	}

}

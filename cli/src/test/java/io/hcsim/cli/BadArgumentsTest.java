package io.hcsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Arguments that make no sense: exit 2 and one clear line on stderr, never a stack trace. */
class BadArgumentsTest {
  private static final String PROFILES = "consumer-pm-to-health, health-tech-veteran-p7, ecommerce-pm-p6";
  private static final String LOOPS = "ali-health-pm, ali-health-pm-open-feedback";

  static Stream<Arguments> badArguments() {
    return Stream.of(
        bad("simulate --runs 0", "--runs", "0", "expected 1 to 10,000,000,000"),
        bad("simulate --runs -5", "--runs", "-5", "expected 1 to"),
        bad("simulate --runs 100000000000", "--runs", "100000000000", "expected 1 to"),
        bad("simulate --runs abc", "--runs", "'abc'"),
        bad("simulate --runs", "--runs"),
        bad("simulate --precision 0", "--precision", "above 0 and below 0.5"),
        bad("simulate --precision 0.5", "--precision", "above 0 and below 0.5"),
        bad("simulate --precision -1", "--precision", "above 0 and below 0.5"),
        bad("simulate --precision NaN", "--precision", "above 0 and below 0.5"),
        bad("simulate --runs 10 --precision 0.01", "--runs", "--precision", "exclude each other"),
        bad("simulate --precision 0.01 -n 10", "--runs", "--precision", "exclude each other"),
        bad("simulate --threads 0", "--threads", "expected 1 to"),
        bad("simulate -t -1", "--threads", "expected 1 to"),
        bad("simulate --format xml", "--format", "text, json", "'xml'"),
        bad("simulate --target-level P9", "--target-level", "'P9'", "P6, P7, P8"),
        bad("simulate --target-level=", "--target-level", "P6, P7, P8"),
        bad("simulate --profile consumer-pm", "'consumer-pm'", PROFILES),
        bad("simulate --profile=", "--profile", "hcsim profiles"),
        bad("simulate --loop ali-health", "'ali-health'", "did you mean 'ali-health-pm'", LOOPS),
        bad("simulate --loop nope", "'nope'", LOOPS),
        bad("simulate --rnus 5", "unknown option '--rnus'", "did you mean '--runs'"),
        bad("simulate --rnus=5", "unknown option '--rnus'", "did you mean '--runs'"),
        bad("simulate -x", "unknown option '-x'"),
        bad("simulate --seed abc", "--seed", "'abc'"),
        bad("simulate extra", "unexpected argument 'extra'"),
        bad("simulte", "unknown command 'simulte'", "did you mean 'simulate'"),
        bad("frobnicate", "unknown command 'frobnicate'", "simulate, study, debrief, score, profiles, loops, init, validate"),
        bad("validate", "FILE"),
        bad("validate a.yaml b.yaml", "unexpected argument 'b.yaml'"),
        bad("validate consumer-pm", "'consumer-pm'", "bundled profile or loop", PROFILES, LOOPS),
        bad("validate ali-health-p", "'ali-health-p'", "did you mean 'ali-health-pm'"),
        bad("init x.json", "'x.json'", ".yaml or .yml"),
        bad("init profile", "'profile'", ".yaml or .yml"),
        bad("profiles --all", "unknown option '--all'"),
        bad("profiles --show", "--show"),
        bad("profiles --show nope", "'nope'", PROFILES),
        bad("loops --show", "--show"),
        bad("serve --port 70000", "--port", "70000", "expected 0 to 65535"),
        bad("serve --port -1", "--port", "expected 0 to 65535"),
        bad("serve --port http", "--port", "'http'"),
        bad("serve --bind 300.1.2.3", "--bind", "'300.1.2.3'", "not an IP address", "127.0.0.1"),
        bad("serve --bind 256.1.2.3", "--bind", "'256.1.2.3'", "not an IP address"),
        bad("serve --bind example.com", "--bind", "'example.com'", "not an IP address"));
  }

  private static Arguments bad(String args, String... fragments) {
    return Arguments.of(args, fragments);
  }

  @ParameterizedTest(name = "hcsim {0}")
  @MethodSource("badArguments")
  void isRejectedWithOneClearLine(String args, String[] fragments) {
    Cli.Result r = Cli.run(args.split(" ")).badInput().oneLine(fragments);
    assertThat(r.err().strip()).doesNotEndWith(":").hasSizeLessThan(360);
  }
}

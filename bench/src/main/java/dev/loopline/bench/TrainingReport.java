package dev.loopline.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Prints the figures of {@link TrainingBench}: per algorithm the fastest direct and
 * platform runs, their ratio beside the goal, and where the platform's time went.
 */
record TrainingReport(int rows, int features, List<Line> lines) {

	static final Map<String, Double> GOALS = Map.of("logistic-regression", 10.0, "xgboost", 3.0);

	void print(PrintStream out) {
		out.printf("%nTraining run, %,d rows x %d features, 20 %% hold-out (last run of each path: warm, and the"
				+ " platform's scores the previous run's model as champion)%n", this.rows, this.features);
		for (Line line : this.lines) {
			DirectTraining.Result direct = line.direct().get(line.direct().size() - 1);
			PlatformTraining.Result platform = line.platform().get(line.platform().size() - 1);
			out.printf("  %s%n", line.algorithm());
			out.printf("    %-52s %8.2f s  accuracy %.4f%n", "Tribuo trainer called directly (train + evaluate)",
					direct.seconds(), direct.accuracy());
			out.printf("    %-52s %8.2f s  accuracy %.4f%n", "through the platform (request -> registered version)",
					platform.seconds(), platform.accuracy());
			Double goal = GOALS.get(line.algorithm());
			out.printf("    %-52s %8.2f   %s%n", "ratio platform / direct", platform.seconds() / direct.seconds(),
					(goal != null) ? "(goal <= " + goal + ")" : "");
			out.printf("    %-52s %s%n", "platform phases (ms)", platform.run().path("phaseDurations"));
			out.printf("    %-52s direct %s, platform %s%n", "every run (s)",
					line.direct().stream().map((run) -> "%.2f".formatted(run.seconds())).toList(),
					line.platform().stream().map((run) -> "%.2f".formatted(run.seconds())).toList());
		}
	}

	/**
	 * One algorithm's runs.
	 *
	 * @param algorithm the algorithm
	 * @param direct the direct runs
	 * @param platform the platform runs
	 */
	record Line(String algorithm, List<DirectTraining.Result> direct, List<PlatformTraining.Result> platform) {
	}

}

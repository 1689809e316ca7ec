package org.huiwu.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Child-process main for {@link OneLinePerFailureTest}: sets up logging as the launcher does for a command,
 * then runs each group of arguments (groups separated by {@code ;;}) as one command, writing
 * {@code #RUN <n>} before it to standard output and standard error and {@code #EXIT <code>} after it to
 * standard output, so the test can tell each run's lines apart.
 */
public final class OneLineRuns {

    private OneLineRuns() {
    }

    public static void main(String[] args) {
        CliLog.toFile();
        List<List<String>> runs = new ArrayList<>();
        runs.add(new ArrayList<>());
        for (String arg : args) {
            if (arg.equals(";;")) {
                runs.add(new ArrayList<>());
            } else {
                runs.get(runs.size() - 1).add(arg);
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            System.out.println("#RUN " + i);
            System.out.flush();
            System.err.println("#RUN " + i);
            System.err.flush();
            int code = HuiwuCommand.run(runs.get(i).toArray(String[]::new));
            System.out.println("#EXIT " + code);
            System.out.flush();
        }
        System.out.println("#DONE " + Arrays.asList(args).size());
    }
}

package minitorrent.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's failure into one line on stderr and exit status 1. A {@link CommandFailure}
 * carries a message written for the user; anything else is a bug and says so. The stack trace
 * follows only with {@code --debug}.
 */
public final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        var err = command.getErr();
        String problem = failure instanceof CommandFailure
                ? failure.getMessage()
                : "internal error: " + failure;
        err.println("minitorrent " + command.getCommandName() + ": " + problem);
        if (debugRequested(parseResult)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return CommandFailure.EXIT_STATUS;
    }

    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}

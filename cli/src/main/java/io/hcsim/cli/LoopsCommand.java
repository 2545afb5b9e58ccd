package io.hcsim.cli;

import io.hcsim.core.files.InvalidInputException;
import io.hcsim.core.library.Library;
import io.hcsim.core.loop.Loop;
import io.hcsim.reports.i18n.Messages;
import java.util.List;
import picocli.CommandLine.Command;

/** `hcsim loops`: the bundled interview loops. */
@Command(name = "loops", mixinStandardHelpOptions = true,
    description = "List the bundled interview loops, usable by name wherever a loop file is accepted.")
final class LoopsCommand extends BundledCommand {
  @Override
  String kind() {
    return "loop";
  }

  @Override
  List<String> names(Library library) {
    return library.catalogue().bundledLoops();
  }

  @Override
  String defaultName(Library library) {
    return library.catalogue().defaultLoop();
  }

  @Override
  String describe(Library library, String name, Messages m) throws InvalidInputException {
    Loop loop = library.loop(name).value();
    return m.get("loops.line", loop.rounds().size(), m.loopNote(name, loop.description()));
  }

  @Override
  String text(Library library, String name) throws InvalidInputException {
    return library.bundledLoopText(name);
  }
}

package org.mailflowsim.check;

import java.util.List;

/** One family of static rules over a topology: pure, no mail is sent. */
interface Check {
    List<Finding> run(CheckContext context);
}

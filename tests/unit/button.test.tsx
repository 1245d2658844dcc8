import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { Button } from "../../src/ui/Button.tsx";

test("a button does not submit the form it stands in, and says when it is pressed", async () => {
  const submit = vi.fn();
  const press = vi.fn();
  render(
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Button aria-pressed={true} onClick={press}>
        Topic
      </Button>
    </form>,
  );
  const button = screen.getByRole("button", { name: "Topic", pressed: true });
  await userEvent.click(button);
  expect(press).toHaveBeenCalledOnce();
  expect(submit).not.toHaveBeenCalled();
});

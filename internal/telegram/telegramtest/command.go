package telegramtest

import (
	"encoding/json"
	"strconv"
	"strings"
)

// scopeKey identifies a command list by scope and language.
func scopeKey(scope BotCommandScope, lang string) string {
	t := scope.Type
	if t == "" {
		t = "default"
	}
	return t + "|" + strconv.FormatInt(scope.ChatID, 10) + "|" + strconv.FormatInt(scope.UserID, 10) + "|" + lang
}

// parseScope reads the scope and language_code parameters. A scope's
// chat_id may be a number or "@username"; the latter resolves to the
// chat's id when the chat is registered.
func (s *Server) parseScope(p params) (string, *apiError) {
	var scope BotCommandScope
	if raw := p.str("scope"); raw != "" {
		var wire struct {
			Type   string          `json:"type"`
			ChatID json.RawMessage `json:"chat_id"`
			UserID int64           `json:"user_id"`
		}
		if err := json.Unmarshal([]byte(raw), &wire); err != nil {
			return "", badRequest("can't parse BotCommandScope JSON object")
		}
		scope.Type, scope.UserID = wire.Type, wire.UserID
		switch scope.Type {
		case "default", "all_private_chats", "all_group_chats", "all_chat_administrators":
		case "chat", "chat_administrators", "chat_member":
			var chatRef string
			if err := json.Unmarshal(wire.ChatID, &chatRef); err != nil {
				chatRef = string(wire.ChatID)
			}
			s.mu.Lock()
			c, aerr := s.state.resolveChat(chatRef)
			s.mu.Unlock()
			if aerr != nil {
				return "", aerr
			}
			scope.ChatID = c.chat.ID
		default:
			return "", badRequest("wrong BotCommandScope type specified")
		}
	}
	lang := p.str("language_code")
	if lang != "" && (len(lang) != 2 || strings.ToLower(lang) != lang) {
		return "", badRequest("invalid language code specified")
	}
	return scopeKey(scope, lang), nil
}

func validCommand(c BotCommand) bool {
	if len(c.Command) < 1 || len(c.Command) > 32 {
		return false
	}
	for i := 0; i < len(c.Command); i++ {
		ch := c.Command[i]
		if !(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_') {
			return false
		}
	}
	return true
}

func (s *Server) setMyCommands(p params) (any, error) {
	var cmds []BotCommand
	if err := json.Unmarshal([]byte(p.str("commands")), &cmds); err != nil {
		return nil, badRequest("can't parse commands JSON array")
	}
	if len(cmds) > 100 {
		return nil, badRequest("too many commands specified")
	}
	for _, c := range cmds {
		if !validCommand(c) {
			return nil, badRequest("BOT_COMMAND_INVALID")
		}
		if n := len([]rune(c.Description)); n < 1 || n > 256 {
			return nil, badRequest("BOT_COMMAND_DESCRIPTION_INVALID")
		}
	}
	key, aerr := s.parseScope(p)
	if aerr != nil {
		return nil, aerr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(cmds) == 0 {
		delete(s.state.commands, key)
	} else {
		s.state.commands[key] = cmds
	}
	return true, nil
}

func (s *Server) getMyCommands(p params) (any, error) {
	key, aerr := s.parseScope(p)
	if aerr != nil {
		return nil, aerr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]BotCommand{}, s.state.commands[key]...), nil
}

func (s *Server) deleteMyCommands(p params) (any, error) {
	key, aerr := s.parseScope(p)
	if aerr != nil {
		return nil, aerr
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.state.commands, key)
	return true, nil
}

// Commands returns the bot's command list for a scope and language code
// ("" for all languages), as setMyCommands left it; nil when none is set.
// A zero scope means the default scope.
func (s *Server) Commands(scope BotCommandScope, languageCode string) []BotCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]BotCommand(nil), s.state.commands[scopeKey(scope, languageCode)]...)
}
